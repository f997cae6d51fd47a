// Test cases for xml-built-from-request-data.

exports.exportProfile = (req, res) => {
  const username = req.body.username || "guest";
  const bio = req.body.bio || "No bio";
  const xml = `
      <userProfile>
        <!-- ruleid: xml-built-from-request-data -->
        <username>${username}</username>
        <!-- ruleid: xml-built-from-request-data -->
        <bio>${bio}</bio>
      </userProfile>
    `;
  res.set("Content-Type", "application/xml");
  res.send(xml);
};

exports.soap = (req, res) => {
  const doc = libxml.parseXml(req.body);
  const username = doc.get("//username").text();
  const xmlresponse = `<?xml version="1.0" encoding="UTF-8"?>
<!-- ruleid: xml-built-from-request-data -->
<soapenv:Envelope><soapenv:Body><username>${username}</username></soapenv:Body></soapenv:Envelope>`;
  res.send(xmlresponse);
};

exports.ok = (req, res) => {
  // ok: xml-built-from-request-data
  const fixed = `<userProfile><role>user</role></userProfile>`;
  // ok: xml-built-from-request-data
  const escaped = `<username>${escapeXml(req.body.username)}</username>`;
  // HTML is the XSS rules' subject.
  // ok: xml-built-from-request-data
  const html = `<div class="greeting">${req.body.username}</div>`;
  res.send(fixed + escaped + html);
};
