/** User-facing texts shared by the sign-in page and the GraphQL mutation. */
export const SIGN_IN_REQUESTED_MESSAGE =
  '入力されたアドレスが登録されていれば、サインイン用リンクをお送りしました。メールをご確認ください（リンクの有効期限は15分です）。';
