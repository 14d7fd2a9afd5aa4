// The counts the secretary is asked for: connected organisations, umbrella organisations, joined per year.
import { sv } from '../../../electron/shared/i18n/sv';
import type { RegisterStats } from '../../../electron/shared/register/stats';

export function OrganisationStats({ stats }: { stats: RegisterStats }) {
  const t = sv.register.ui;
  return (
    <section className="card stats" aria-labelledby="stats-heading">
      <h2 id="stats-heading">{t.statsHeading}</h2>
      <p>
        <strong>{t.statsConnected(stats.connected)}</strong>, {t.statsUmbrellas(stats.umbrellas)}.
      </p>
      {stats.joinedPerYear.length > 0 && (
        <table className="table table--compact">
          <caption>{t.statsPerYear}</caption>
          <thead>
            <tr>
              <th scope="col">{t.year}</th>
              <th scope="col" className="numeric">{t.count_}</th>
            </tr>
          </thead>
          <tbody>
            {stats.joinedPerYear.map((row) => (
              <tr key={row.year}>
                <td>{row.year}</td>
                <td className="numeric">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
