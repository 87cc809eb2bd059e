import { errorPageText } from './error-page-text';

const FLASK_500 = `<!doctype html>
<html lang=en>
<title>500 Internal Server Error</title>
<h1>Internal Server Error</h1>
<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>
`;

describe('errorPageText', () => {
  it("says Flask's error page in its words, its heading once", () => {
    expect(errorPageText(FLASK_500)).toBe(
      '500 Internal Server Error — The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.',
    );
  });

  it("reads a proxy's page, its entities decoded and its scripts left out", () => {
    expect(
      errorPageText(
        '<html><head><script>alert(1)</script></head><body>Bad&nbsp;Gateway &amp; more</body></html>',
      ),
    ).toBe('Bad Gateway & more');
  });

  it('leaves what is not an HTML page, and an empty page, to the caller', () => {
    expect(errorPageText('upstream connect error')).toBeUndefined();
    expect(errorPageText('{"message": "<b>not a page</b>"}')).toBeUndefined();
    expect(errorPageText('<html><body> </body></html>')).toBeUndefined();
  });
});
