/** Loads the page again: in the console, a session that ended leads to its sign-in page. */
export const reloadPage = () => {
  window.location.reload();
};
