declare const res: { status(n: number): { send(b: unknown): void } };
declare const username: string;

export function unknownUser(): void {
  // ruleid: login-user-enumeration
  res.status(404).send({ error: "Login Failed! User " + username + " not found!" });
}
export function unknownAccount(): void {
  // ruleid: login-user-enumeration
  res.status(401).send("Login failed: account does not exist");
}
export function generic(): void {
  // ok: login-user-enumeration
  res.status(401).send({ error: "Invalid username or password" });
}
export function notLogin(id: string): void {
  // ok: login-user-enumeration
  res.status(404).send("Order " + id + " not found");
}
