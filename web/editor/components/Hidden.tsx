import { fieldText, valueAt } from '../form-fields';
import { useEditor } from './context';

/** Parts of the briefing the form keeps but does not show (ids, resolutions, corrections): sent back as they are. */
export function Hidden({ names }: { names: string[] }) {
  const { briefing } = useEditor();
  return (
    <>
      {names.map((name) => {
        const value = valueAt(briefing, name);
        return value === undefined ? null : (
          <input key={name} type="hidden" name={name} value={fieldText(name, value)} />
        );
      })}
    </>
  );
}
