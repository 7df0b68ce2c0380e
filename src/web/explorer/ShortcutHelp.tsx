// The keyboard shortcuts (handled in App) and the popover that lists them ("Keys", or press ?).

export const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['/'], action: 'Search entities' },
  { keys: ['←', '→', '↑', '↓'], action: 'Select the neighbour that way in the graph' },
  { keys: ['Esc'], action: 'Close the evidence or sources, else clear the selection' },
  { keys: ['e'], action: 'Expand the selection' },
  { keys: ['h'], action: 'Hide the selection (Show hidden brings it back)' },
  { keys: ['p'], action: 'Pin or unpin the selection: re-layout leaves it where it is' },
  { keys: ['n'], action: 'Show only the selection and its neighbours, or everything again' },
  { keys: ['f'], action: 'Fit the graph to the view' },
  { keys: ['?'], action: 'Show or hide this list' },
];

export function ShortcutHelp({ open, onToggle }: { open: boolean; onToggle(open: boolean): void }) {
  return (
    <div className="shortcut-help">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="shortcut-list"
        title="Keyboard shortcuts (?)"
        onClick={() => onToggle(!open)}
      >
        Keys
      </button>
      {open ? (
        <div id="shortcut-list" className="shortcut-popover" role="group" aria-label="Keyboard shortcuts" data-testid="shortcuts">
          <dl>
            {SHORTCUTS.map((s) => (
              <div key={s.action} className="shortcut">
                <dt>
                  {s.keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </dt>
                <dd>{s.action}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </div>
  );
}
