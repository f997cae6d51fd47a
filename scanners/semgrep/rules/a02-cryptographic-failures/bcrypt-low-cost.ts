import bcrypt from "bcrypt";

export async function hash(password: string, rounds: number) {
  // ruleid: bcrypt-low-cost
  const a = await bcrypt.hash(password, 8);
  // ruleid: bcrypt-low-cost
  const salt = bcrypt.genSaltSync(4);
  // ok: bcrypt-low-cost
  const b = await bcrypt.hash(password, 12);
  // ok: bcrypt-low-cost
  const c = await bcrypt.hash(password, rounds);
  // ok: bcrypt-low-cost
  const d = bcrypt.hashSync(password, salt);
  return [a, b, c, d];
}
