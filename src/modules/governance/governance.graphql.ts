/** GraphQL types, queries and mutations of governance: board seats and meetings. */
import './board.graphql.js';
import './meeting.graphql.js';
import './meeting-mutations.graphql.js';
import './meeting-notices.graphql.js';
