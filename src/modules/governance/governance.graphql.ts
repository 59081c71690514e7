/** GraphQL types, queries and mutations of governance: board seats and meetings. */
export {};
