/**
 * Japanese for the English messages the libraries under the API write into GraphQL errors:
 * graphql-js (syntax, validation, variable and argument coercion), Apollo Server (request
 * errors, persisted queries), GraphQL Armor (query limits) and Pothos (global IDs, cursors).
 * Our own messages are written in Japanese where they are raised; ./apollo.ts passes every
 * outgoing error through {@link japaneseMessage}.
 *
 * "Did you mean …?" suggestions are dropped, so the schema cannot be mapped by guessing (the
 * libraries' own masking left `[Suggestion hidden]?` behind). A message no rule knows keeps its
 * original text after a Japanese lead, so no detail is lost.
 */
import { isJapanese } from '../lib/zod-japanese.js';

/** A message pattern and its Japanese, given the captured parts ('' for a group that did not match). */
type Rule = readonly [pattern: RegExp, japanese: (...parts: string[]) => string];

const DUPLICATE_KINDS: Record<string, string> = {
  operation: '操作',
  fragment: 'フラグメント',
  argument: '引数',
  variable: '変数',
  'input field': '入力項目',
  directive: 'ディレクティブ',
};

/** A parser token as graphql-js names it (`<EOF>`, `Name`, `"}"`). */
function token(text: string): string {
  return text === '<EOF>' ? 'クエリの終わり' : `「${text.replace(/^"(.*)"$/, '$1')}」`;
}

const RULES: readonly Rule[] = [
  // Query limits: the parser (Apollo's parseOptions.maxTokens) and GraphQL Armor, whose
  // messages start with "Syntax Error:" although they are not about syntax.
  [
    // graphql-js 16 writes "more that".
    /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/,
    (max) => `クエリが長すぎます（トークン数の上限は ${max} です）。`,
  ],
  [
    /^Syntax Error: Query depth limit of (\d+) exceeded, found (\d+)\.$/,
    (max, found) => `クエリの入れ子が深すぎます（深さ ${found}、上限 ${max}）。`,
  ],
  [
    /^Syntax Error: Query Cost limit of (\d+) exceeded, found ([\d.]+)\.$/,
    (max, found) =>
      `クエリのコストが上限を超えています（コスト ${Math.ceil(Number(found))}、上限 ${max}）。取得するフィールドか件数（first）を減らしてください。`,
  ],
  [
    /^Syntax Error: Aliases limit of (\d+) exceeded, found (\d+)\.$/,
    (max, found) => `別名（alias）が多すぎます（${found} 個、上限 ${max} 個）。`,
  ],
  [
    /^Syntax Error: Directives limit of (\d+) exceeded, found (\d+)\.$/,
    (max, found) => `ディレクティブが多すぎます（${found} 個、上限 ${max} 個）。`,
  ],
  // Syntax (graphql-js parser).
  [
    /^Syntax Error: Expected (.+), found (.+)\.$/,
    (expected, found) =>
      found === '<EOF>'
        ? `クエリの構文が正しくありません: ${token(expected)}が必要なところでクエリが終わっています。`
        : `クエリの構文が正しくありません: ${token(expected)}が必要なところに${token(found)}があります。`,
  ],
  [
    /^Syntax Error: Unexpected (.+)\.$/,
    (found) =>
      found === '<EOF>'
        ? 'クエリの構文が正しくありません: クエリが途中で終わっています。'
        : `クエリの構文が正しくありません: ${token(found)}はここには書けません。`,
  ],
  [
    /^Syntax Error: Unterminated string\.$/,
    () => 'クエリの構文が正しくありません: 文字列が閉じられていません。',
  ],
  [/^Syntax Error: (.*)$/s, (detail) => `クエリの構文が正しくありません（${detail}）。`],
  // Validation against the schema (graphql-js rules).
  [
    /^Cannot query field "(.+?)" on type "(.+?)"\.$/,
    (field, type) => `型「${type}」にフィールド「${field}」はありません。`,
  ],
  [
    /^Field "(.+?)" of type "(.+?)" must have (?:a selection of subfields|at least one field selected)\.$/,
    (field, type) =>
      `フィールド「${field}」（型「${type}」）には、取得するフィールドを { } で指定してください。`,
  ],
  [
    /^Field "(.+?)" must not have a selection since type "(.+?)" has no subfields\.$/,
    (field, type) =>
      `フィールド「${field}」（型「${type}」）には取得するフィールドがないため、{ } は付けられません。`,
  ],
  [
    /^Unknown argument "(.+?)" on field "(.+?)"\.$/,
    (arg, field) => `フィールド「${field}」に引数「${arg}」はありません。`,
  ],
  [
    /^Unknown argument "(.+?)" on directive "(.+?)"\.$/,
    (arg, directive) => `ディレクティブ「${directive}」に引数「${arg}」はありません。`,
  ],
  [
    /^(?:Field|Directive) "(.+?)" argument "(.+?)" of type "(.+?)" is required, but it was not provided\.$/,
    (owner, arg, type) => `「${owner}」の引数「${arg}」（型「${type}」）を指定してください。`,
  ],
  [/^Unknown type "(.+?)"\.$/, (type) => `型「${type}」はありません。`],
  [/^Unknown directive "(.+?)"\.$/, (directive) => `ディレクティブ「${directive}」はありません。`],
  [
    /^Directive "(.+?)" may not be used on (.+?)\.$/,
    (directive, location) => `ディレクティブ「${directive}」は ${location} には使えません。`,
  ],
  [
    /^The directive "(.+?)" can only be used once at this location\.$/,
    (directive) => `ディレクティブ「${directive}」は同じ場所に一度しか使えません。`,
  ],
  [/^Unknown fragment "(.+?)"\.$/, (name) => `フラグメント「${name}」は定義されていません。`],
  [
    /^Fragment "(.+?)" is never used\.$/,
    (name) => `フラグメント「${name}」が使われていません。使わない定義は削除してください。`,
  ],
  [
    /^Cannot spread fragment "(.+?)" within itself/,
    (name) => `フラグメント「${name}」が自分自身を展開しています。`,
  ],
  [
    /^Fragment (?:"(.+?)" )?cannot be spread here as objects of type "(.+?)" can never be of type "(.+?)"\.$/,
    (name, parent, type) =>
      `フラグメント${name ? `「${name}」` : ''}はここでは展開できません（型「${parent}」が型「${type}」になることはありません）。`,
  ],
  [
    /^Fragment (?:"(.+?)" )?cannot condition on non composite type "(.+?)"\.$/,
    (name, type) =>
      `フラグメント${name ? `「${name}」` : ''}の型条件にはオブジェクト型を指定してください（「${type}」は指定できません）。`,
  ],
  [
    /^There can be only one (operation|fragment|argument|variable|input field|directive) named "(.+?)"\.$/,
    (kind, name) => `${DUPLICATE_KINDS[kind] ?? kind}「${name}」が重複しています。`,
  ],
  [
    /^This anonymous operation must be the only defined operation\.$/,
    () => '操作が複数あるときは、それぞれに名前を付けてください。',
  ],
  [
    /^Fields "(.+?)" conflict because/,
    (name) =>
      `応答名「${name}」のフィールドが食い違っています。別々の別名（alias）を付けてください。`,
  ],
  // Variables (graphql-js validation and coercion).
  [
    /^Variable "([^"]+)" is never used(?: in operation "(.+?)")?\.$/,
    (name) => `変数「${name}」が使われていません。`,
  ],
  [
    /^Variable "([^"]+)" is not defined(?: by operation "(.+?)")?\.$/,
    (name) => `変数「${name}」が宣言されていません。操作の引数に宣言してください。`,
  ],
  [
    /^Variable "([^"]+)" cannot be non-input type "(.+?)"\.$/,
    (name, type) => `変数「${name}」の型に「${type}」は使えません（入力型を指定してください）。`,
  ],
  [
    /^Variable "([^"]+)" of type "(.+?)" used in position expecting type "(.+?)"\.$/,
    (name, type, expected) =>
      `変数「${name}」の型「${type}」は、ここで必要な型「${expected}」と合いません。`,
  ],
  [
    /^Variable "([^"]+)" of required type "(.+?)" was not provided\.$/,
    (name, type) => `変数「${name}」（型「${type}」）の値を指定してください。`,
  ],
  [
    /^Variable "([^"]+)" of non-null type "(.+?)" must not be null\.$/,
    (name, type) => `変数「${name}」（型「${type}」）に null は指定できません。`,
  ],
  [
    /^Variable "([^"]+)" is of type "(.+?)" but must be non-nullable to be used for OneOf Input Object "(.+?)"\.$/,
    (name, type, input) =>
      `変数「${name}」の型「${type}」は、「${input}」に使うには null を許さない型（!）にしてください。`,
  ],
  [
    /^Variable "([^"]+)" got invalid value (.+?)(?: at "(.+?)")?; (.*)$/s,
    (name, value, at, reason) =>
      `変数「${name}」${at ? `の「${at}」` : ''}の値 ${value} が正しくありません: ${japaneseMessage(reason)}`,
  ],
  // Arguments given through variables, refused while executing (graphql-js getArgumentValues).
  [
    /^Argument "(.+?)" of non-null type "(.+?)" must not be null\.$/,
    (name, type) => `引数「${name}」（型「${type}」）に null は指定できません。`,
  ],
  [
    /^Argument "(.+?)" of required type "(.+?)" was provided the variable "(.+?)" which was not provided a runtime value\.$/,
    (name, type, variable) =>
      `引数「${name}」（型「${type}」）に渡す変数「${variable}」の値を指定してください。`,
  ],
  // Input values (graphql-js coercion of literals and variables, our scalars' reasons inside).
  [
    /^Expected value of type "(.+?)", found (.+?); (.*)$/s,
    (type, value, reason) =>
      `型「${type}」の値 ${value} が正しくありません: ${japaneseMessage(reason)}`,
  ],
  [
    /^Expected value of type "(.+?)", found (.+)\.$/s,
    (type, value) => `型「${type}」の値が必要なところに ${value} が指定されています。`,
  ],
  [/^Expected type "(.+?)"\. (.+)$/s, (_type, reason) => japaneseMessage(reason)],
  [
    /^Expected type "(.+?)" to be an object\.$/,
    (type) => `「${type}」はオブジェクト（{ }）で指定してください。`,
  ],
  [/^Expected type "(.+?)"\.$/, (type) => `型「${type}」の値を指定してください。`],
  [
    /^Field "(.+?)" is not defined by type "(.+?)"\.$/,
    (field, type) => `入力型「${type}」に項目「${field}」はありません。`,
  ],
  [
    /^Field "(.+?)" of required type "(.+?)" was not provided\.$/,
    (field, type) => `必須の項目「${field}」（型「${type}」）を指定してください。`,
  ],
  [/^Field "(.+?)" must be non-null\.$/, (field) => `項目「${field}」に null は指定できません。`],
  [
    /^(?:OneOf Input Object "(.+?)" must specify exactly one key|Exactly one key must be specified for OneOf type "(.+?)")\.$/,
    (a, b) => `「${a || b}」には項目をちょうど一つだけ指定してください。`,
  ],
  [
    /^Value "(.+?)" does not exist in "(.+?)" enum\.$/,
    (value, type) => `「${value}」は列挙型「${type}」の値ではありません。`,
  ],
  [
    /^Enum "(.+?)" cannot represent non-(?:enum|string) value: (.+?)\.$/,
    (type, value) => `${value} は列挙型「${type}」の値ではありません。`,
  ],
  [
    /^Int cannot represent non-integer value: (.+)$/s,
    (value) => `Int には整数を指定してください（指定された値: ${value}）。`,
  ],
  [
    /^Int cannot represent non 32-bit signed integer value: (.+)$/s,
    (value) =>
      `Int に指定できるのは -2147483648 から 2147483647 までの整数です（指定された値: ${value}）。`,
  ],
  [
    /^Float cannot represent non numeric value: (.+)$/s,
    (value) => `Float には数値を指定してください（指定された値: ${value}）。`,
  ],
  [
    /^String cannot represent a non string value: (.+)$/s,
    (value) => `String には文字列を指定してください（指定された値: ${value}）。`,
  ],
  [
    /^Boolean cannot represent a non boolean value: (.+)$/s,
    (value) => `Boolean には true か false を指定してください（指定された値: ${value}）。`,
  ],
  [
    /^ID cannot represent (?:a non-string and non-integer )?value: (.+)$/s,
    (value) => `ID には文字列を指定してください（指定された値: ${value}）。`,
  ],
  // Choosing the operation (graphql-js, Apollo Server).
  [
    /^Must provide operation name if query contains multiple operations\.$/,
    () => 'クエリに操作が複数あります。実行する操作の名前を operationName で指定してください。',
  ],
  [/^Unknown operation named "(.+?)"\.$/, (name) => `操作「${name}」はクエリにありません。`],
  [/^Must provide an operation\.$/, () => 'クエリに実行できる操作がありません。'],
  // Requests (Apollo Server).
  [
    /^GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension\.$/,
    () => 'query（または persistedQuery 拡張）を指定してください。',
  ],
  [
    /^POST body missing, invalid Content-Type, or JSON object has no keys\.$/,
    () =>
      'POST の本文がないか、Content-Type が正しくありません。本文は Content-Type: application/json の JSON で送ってください。',
  ],
  [/^GraphQL queries must be strings/, () => 'query は文字列で指定してください。'],
  [
    /^`(variables|extensions)` in a POST body (?:must be an object if provided|should be provided as an object, not a recursively JSON-encoded string)\.$/,
    (field) => `${field} は JSON オブジェクトで指定してください。`,
  ],
  [
    /^`operationName` in a POST body must be a string if provided\.$/,
    () => 'operationName は文字列で指定してください。',
  ],
  [
    /^The (\w+) search parameter (?:contains invalid JSON|should contain a JSON-encoded object)\.$/,
    (field) => `URL の ${field} は JSON オブジェクトで指定してください。`,
  ],
  [
    /^The '(\w+)' search parameter may only be specified once\.$/,
    (field) => `URL の ${field} は一度だけ指定してください。`,
  ],
  [
    /^GET requests only support query operations, not (\w+) operations$/,
    (operation) => `GET で実行できるのは query だけです。${operation} は POST で送ってください。`,
  ],
  [
    /^GET requests may not have a content-type header other than application\/json\.$/,
    () => 'GET の Content-Type には application/json だけが使えます。',
  ],
  [/^Operation batching disabled\.$/, () => '複数の操作を一度に送る（バッチ）ことはできません。'],
  [
    /^PersistedQueryNotFound$/,
    () =>
      'このハッシュのクエリはまだ登録されていません。クエリ本文を付けてもう一度送ってください。',
  ],
  [/^PersistedQueryNotSupported$/, () => '永続化クエリ（persisted query）は使えません。'],
  [
    /^provided sha does not match query$/,
    () => 'persistedQuery の sha256Hash がクエリ本文の SHA-256 と一致しません。',
  ],
  [
    /^Unsupported persisted query version$/,
    () => 'persistedQuery の version は 1 を指定してください。',
  ],
  // Pothos (relay plugin).
  [
    /^Invalid global ID: (.*)$/s,
    (id) =>
      `「${id}」はこの API の ID ではありません。API が返した id をそのまま指定してください。`,
  ],
  [
    /^ID: (.+?) is not of type: (.+)$/s,
    (id, types) => `「${id}」は ${types} の ID ではありません。`,
  ],
  [
    // Pothos decodes cursors (and global IDs, whose errors ./builder.ts words itself) as base64.
    /^(?:Invalid offset cursor|Invalid base64 string$)/,
    () =>
      'カーソルが正しくありません。pageInfo.endCursor の値をそのまま after に指定してください。',
  ],
  [
    /^Argument "(first|last)" must be a non-negative integer$/,
    (arg) => `${arg} には 0 以上の整数を指定してください。`,
  ],
];

/** Drops graphql-js's "Did you mean …?" (and the mask other plugins leave in its place). */
function withoutSuggestion(message: string): string {
  return message.replace(/ ?(?:Did you mean .+?\?|\[Suggestion hidden\]\??)$/s, '');
}

/** The message in Japanese: unchanged when it already is, translated when a rule knows it. */
export function japaneseMessage(message: string): string {
  const text = withoutSuggestion(message);
  // Rules first: graphql-js wraps our scalars' Japanese reasons in English.
  for (const [pattern, japanese] of RULES) {
    const match = pattern.exec(text);
    if (match) return japanese(...match.slice(1).map((part) => part ?? ''));
  }
  if (isJapanese(text)) return text;
  return `リクエストを処理できませんでした（${text}）。`;
}
