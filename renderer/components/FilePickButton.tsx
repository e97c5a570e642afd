// A button that opens the file chooser: a label styled as a button around a hidden file input, so the
// keyboard reaches it (the input keeps focus) and the chosen files arrive through one callback. The input
// is emptied after each choice, so choosing the same file again is seen.
import { useId, type ChangeEvent } from 'react';

export interface FilePickButtonProps {
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  variant?: 'primary' | 'secondary';
  size?: 'md' | 'sm';
  testId?: string;
  onFiles(files: File[]): void;
}

export function FilePickButton(p: FilePickButtonProps) {
  const id = useId();
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = '';
    if (files.length > 0) p.onFiles(files);
  };
  return (
    <label
      htmlFor={id}
      className={`btn file-pick${p.variant === 'primary' ? ' btn-primary' : ''}${p.size === 'sm' ? ' btn-sm' : ''}`}
      aria-disabled={p.disabled || undefined}
    >
      {p.label}
      <input
        id={id}
        type="file"
        className="visually-hidden"
        accept={p.accept}
        multiple={p.multiple}
        disabled={p.disabled}
        data-testid={p.testId}
        onChange={change}
      />
    </label>
  );
}
