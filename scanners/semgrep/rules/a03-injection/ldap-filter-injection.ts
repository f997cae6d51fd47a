import ldap from "ldapjs";
declare const escapeLdap: (s: string) => string;
const client = ldap.createClient({ url: ["ldaps://ad.example.test"] });

export function findUser(req: any) {
  // ruleid: ldap-filter-injection
  client.search("ou=people,dc=example,dc=test", { filter: `(&(objectClass=user)(sAMAccountName=${req.body.login}))`, scope: "sub" }, () => undefined);
  // ruleid: ldap-filter-injection
  const opts = { filter: "(uid=" + req.query.uid + ")", scope: "sub" as const };
  // ruleid: ldap-filter-injection
  const filter = `(mail=${req.query.mail})`;
  // ok: ldap-filter-injection
  client.search("dc=example,dc=test", { filter, scope: "sub" }, () => undefined);
  const q = "(cn=" + req.query.cn + ")";
  // ruleid: ldap-filter-injection
  client.search("dc=example,dc=test", q, () => undefined);
  // ruleid: ldap-filter-injection
  const userFilter = "(uid=" + req.body.user + ")";
  // ok: ldap-filter-injection
  client.search("dc=example,dc=test", { filter: `(uid=${escapeLdap(req.query.uid)})`, scope: "sub" }, () => undefined);
  // ok: ldap-filter-injection
  client.search("dc=example,dc=test", { filter: new ldap.EqualityFilter({ attribute: "uid", value: req.query.uid }) }, () => undefined);
  // ok: ldap-filter-injection
  client.search("dc=example,dc=test", { filter: "(objectClass=person)" }, () => undefined);
  return [opts, userFilter];
}
