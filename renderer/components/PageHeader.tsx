import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  /** A line under the title: the plan, the count, the date. */
  subtitle?: ReactNode;
  /** Buttons on the right (add, print). */
  actions?: ReactNode;
}

export function PageHeader({ title, subtitle, actions }: PageHeaderProps) {
  return (
    <header className="page-header">
      <div className="page-titles">
        <h1>{title}</h1>
        {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="page-actions no-print">{actions}</div> : null}
    </header>
  );
}
