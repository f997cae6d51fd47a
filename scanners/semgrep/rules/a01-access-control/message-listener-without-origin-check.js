// Test cases for message-listener-without-origin-check.

// ruleid: message-listener-without-origin-check
window.addEventListener("message", function (event) {
  var xhr = new XMLHttpRequest();
  xhr.open("POST", window.location.origin + "/organization/add-user");
  xhr.withCredentials = true;
  xhr.send("user=" + event.data);
});

// ruleid: message-listener-without-origin-check
window.onmessage = (e) => {
  document.getElementById("out").innerHTML = e.data.html;
};

// ok: message-listener-without-origin-check
window.addEventListener("message", (event) => {
  if (event.origin !== "https://portail.chu.example") return;
  render(event.data);
});

// ok: message-listener-without-origin-check
window.addEventListener("message", (event) => {
  if (event.source !== popup) return;
  render(event.data);
});

// ok: message-listener-without-origin-check
worker.addEventListener("message", (event) => {
  render(event.data);
});
