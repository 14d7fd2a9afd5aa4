// A Swedish error message for the user, announced by screen readers.
export function ErrorMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="error-message">
      {message}
    </p>
  );
}
