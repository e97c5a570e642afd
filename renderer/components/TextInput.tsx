import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';

export function TextInput({ className, ...rest }: InputHTMLAttributes<HTMLInputElement>) {
  return <input type="text" {...rest} className={`input${className ? ` ${className}` : ''}`} />;
}

export function TextArea({ className, rows = 3, ...rest }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea rows={rows} {...rest} className={`input textarea${className ? ` ${className}` : ''}`} />;
}
