// Test cases for graphql-introspection-enabled.
const apolloServer = new ApolloServer({
  // ruleid: graphql-introspection-enabled
  introspection: true,
  // ruleid: graphql-introspection-enabled
  playground: true,
  debug: true,
  // ruleid: graphql-introspection-enabled
  allowBatchedHttpRequests: true,
  schema,
});
// ruleid: graphql-introspection-enabled
app.use("/graphql", graphqlHTTP({ schema, graphiql: true }));
// ok: graphql-introspection-enabled
const prod = new ApolloServer({ schema, introspection: process.env.NODE_ENV !== "production" });
// express-graphql answers introspection queries whatever graphiql says.
// ruleid: graphql-introspection-enabled
app.use("/gql", graphqlHTTP({ schema, graphiql: false }));
// ok: graphql-introspection-enabled
app.use("/gql2", graphqlHTTP({ schema, validationRules: [NoSchemaIntrospectionCustomRule] }));
