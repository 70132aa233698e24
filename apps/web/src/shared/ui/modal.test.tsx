import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Modal } from './modal';
import { useUnsavedChanges } from './modal-context';
import { ModalFooter } from './modal-footer';

function NoteForm() {
  const [note, setNote] = useState('');
  useUnsavedChanges(note !== '');
  return (
    <>
      <label htmlFor="note">Note</label>
      <input id="note" value={note} onChange={(e) => setNote(e.target.value)} />
      <ModalFooter>
        <button type="button">OK</button>
      </ModalFooter>
    </>
  );
}

/** A page with a plain button (no Radix trigger) that opens a dialog holding one text field. */
function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Write a note
      </button>
      <Modal open={open} onOpenChange={setOpen} title="New note">
        {open ? <NoteForm /> : null}
      </Modal>
    </>
  );
}

async function openWithTypedNote(typed: string) {
  const user = userEvent.setup();
  render(<Page />);
  const opener = screen.getByRole('button', { name: 'Write a note' });
  await user.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'New note' });
  if (typed !== '') await user.type(screen.getByLabelText('Note'), typed);
  return { user, opener, dialog };
}

const overlay = () => {
  const element = document.querySelector('.modal-overlay');
  if (!(element instanceof HTMLElement)) throw new Error('no overlay');
  return element;
};

describe('Modal', () => {
  it.each([
    ['Escape', (user: ReturnType<typeof userEvent.setup>) => user.keyboard('{Escape}')],
    [
      'Cancel',
      (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Cancel' })),
    ],
    ['the overlay', (user: ReturnType<typeof userEvent.setup>) => user.click(overlay())],
    ['×', (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Close' }))],
  ])('asks before %s throws away typed data, and keeps it on "Keep editing"', async (_how, close) => {
    const { user, dialog } = await openWithTypedNote('half a thought');
    await close(user);
    const ask = await screen.findByRole('alertdialog', { name: 'Discard what you typed?' });
    // The safe answer has focus, so a stray Enter keeps the data.
    const keep = within(ask).getByRole('button', { name: 'Keep editing' });
    await waitFor(() => expect(keep).toHaveFocus());
    await user.click(keep);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(dialog).toBeInTheDocument();
    expect(screen.getByLabelText('Note')).toHaveValue('half a thought');
  });

  it('takes Escape on the question as "keep editing", and gives focus back to the field', async () => {
    const { user, dialog } = await openWithTypedNote('half a thought');
    await user.keyboard('{Escape}');
    await screen.findByRole('alertdialog', { name: 'Discard what you typed?' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(dialog).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Note')).toHaveFocus());
  });

  it('discards on "Discard" and gives focus back to the button that opened it', async () => {
    const { user, opener } = await openWithTypedNote('half a thought');
    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it.each([
    ['Escape', (user: ReturnType<typeof userEvent.setup>) => user.keyboard('{Escape}')],
    [
      'Cancel',
      (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Cancel' })),
    ],
  ])('closes at once on %s when nothing was typed, and focus returns to the opener', async (_how, close) => {
    const { user, opener } = await openWithTypedNote('');
    await close(user);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() => expect(opener).toHaveFocus());
  });
});
