import { Link } from 'react-router';

export function Component() {
  return (
    <main className="page">
      <h1>Page not found</h1>
      <p>
        <Link to="/namespaces/default/workloads">Go to Workloads</Link>
      </p>
    </main>
  );
}
