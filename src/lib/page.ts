/** A page of a list, as repositories read it and connections serve it (src/graphql/pagination.ts). */

/** Rows of one page and, when it was asked for, the size of the whole list. */
export interface Page<T> {
  readonly rows: readonly T[];
  /** Counted in the page's own query; undefined when not asked for or the page is empty. */
  readonly total: number | undefined;
}

/** The page a repository is asked for; `withTotal` when the query selects `totalCount`. */
export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
  readonly withTotal: boolean;
}
