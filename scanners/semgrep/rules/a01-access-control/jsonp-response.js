// Test cases for jsonp-response.
app.get("/wallet", (req, res) => {
  // ruleid: jsonp-response
  res.jsonp({ balance: req.user.balance });
});
app.get("/wallet.json", (req, res) => {
  // ok: jsonp-response
  res.json({ balance: req.user.balance });
});
