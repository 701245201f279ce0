// A button that opens the file picker: the hidden <input type="file"> and its button, as every pane uses them.
// The input is emptied after each pick so the same file can be picked again.
import { useRef } from 'react';
import { Button, type ButtonProps } from '@fluentui/react-components';

export function PickFilesButton(props: {
  label: string;
  accept: string;
  multiple?: boolean;
  testId: string;
  disabled?: boolean;
  size?: ButtonProps['size'];
  appearance?: ButtonProps['appearance'];
  onFiles: (files: File[]) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        hidden
        type="file"
        accept={props.accept}
        multiple={props.multiple}
        data-testid={props.testId}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length) props.onFiles(files);
        }}
      />
      <Button size={props.size} appearance={props.appearance} disabled={props.disabled} onClick={() => input.current?.click()}>
        {props.label}
      </Button>
    </>
  );
}
