declare const Patient: any, collection: any;

export async function find(req: any) {
  // ruleid: nosql-where-injection
  await collection.find({ $where: `this.name == '${req.query.name}'` });
  // ruleid: nosql-where-injection
  await collection.find({ "$where": "this.age > " + req.query.age });
  // ruleid: nosql-where-injection
  await Patient.find().$where("this.ward == '" + req.body.ward + "'");
  // ok: nosql-where-injection
  await collection.find({ $where: "this.a > this.b" });
  // ok: nosql-where-injection
  await collection.find({ $where: function (this: any) { return this.a > this.b; } });
  // ok: nosql-where-injection
  await collection.find({ name: { $eq: String(req.query.name) } });
}
