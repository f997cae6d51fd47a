// Test cases for postmessage-wildcard-target-origin.
export function shareToken(jwt: string, popup: Window): void {
  // ruleid: postmessage-wildcard-target-origin
  window.parent.postMessage({ type: "auth", token: jwt }, "*");
  // ruleid: postmessage-wildcard-target-origin
  popup.postMessage(jwt, "*");
  // ruleid: postmessage-wildcard-target-origin
  window.opener.postMessage(jwt, { targetOrigin: "*" });
  // ok: postmessage-wildcard-target-origin
  popup.postMessage(jwt, "https://portail.chu.example");
  // ok: postmessage-wildcard-target-origin
  window.parent.postMessage(jwt, window.location.origin);
  // ok: postmessage-wildcard-target-origin
  window.parent.postMessage("ready", "*");
}
