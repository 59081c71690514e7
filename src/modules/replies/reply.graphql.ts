/** GraphQL types of this module (being built). */
export {};
