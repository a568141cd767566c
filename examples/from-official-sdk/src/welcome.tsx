/** The welcome email, as a React Email component (plain elements, so it needs only react). */
export function Welcome({ name }: { name: string }) {
  return (
    <html lang="en">
      <body>
        <h1>{`Welcome, ${name}!`}</h1>
        <p>Thanks for signing up.</p>
      </body>
    </html>
  );
}
