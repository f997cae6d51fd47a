import { Pool } from "pg";
const pool = new Pool();
declare const db: any, knex: any, prisma: any, sql: any, map: Map<string, string>;

export async function byId(req: any) {
  // ruleid: sql-injection-string-query
  await pool.query(`SELECT * FROM patients WHERE id = ${req.params.id}`);
  // ruleid: sql-injection-string-query
  await db.query("SELECT * FROM patients WHERE name = '" + req.query.name + "'");
  const text = `DELETE FROM sessions WHERE user_id = ${req.body.userId}`;
  // ruleid: sql-injection-string-query
  await db.execute(text);
  // ruleid: sql-injection-string-query
  await prisma.$queryRawUnsafe(`SELECT * FROM users ORDER BY ${req.query.sort}`);
  // ruleid: sql-injection-string-query
  await knex("users").whereRaw("name = '" + req.query.name + "'");
  // ruleid: sql-injection-string-query
  db.all("SELECT id FROM t WHERE a = " + a);
}

export async function safe(req: any) {
  // ok: sql-injection-string-query
  await pool.query("SELECT * FROM patients WHERE id = $1", [req.params.id]);
  // ok: sql-injection-string-query
  await db.query("SELECT * FROM patients WHERE id = ?", [req.params.id]);
  // ok: sql-injection-string-query
  await db.query(sql`SELECT * FROM patients WHERE id = ${req.params.id}`);
  // ok: sql-injection-string-query
  await db.query("SELECT * FROM patients " + "WHERE active = true");
  // ok: sql-injection-string-query
  await db.query(`SELECT count(*) FROM patients`);
  // ok: sql-injection-string-query
  map.get("patient:" + req.params.id);
  // ok: sql-injection-string-query
  await prisma.$queryRaw`SELECT * FROM users WHERE id = ${req.params.id}`;
}

// A controller that builds the SQL and hands it to its service (which runs it in another file).
export class ProductsController {
  constructor(private readonly productsService: { updateProduct(q: string): Promise<void> }, private readonly logger: Console) {}
  async viewProduct(productName: string): Promise<void> {
    const query = `UPDATE product SET views_count = views_count + 1 WHERE name = '${productName}'`;
    // ok: sql-injection-string-query
    this.logger.debug(query);
    // ruleid: sql-injection-string-query
    return this.productsService.updateProduct(query);
  }
}
