import { WORKSPACE_DESCRIPTION_MAX_LENGTH } from '@orgplane/schema';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../ui/Dialog.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { TextAreaField } from '../../../ui/TextAreaField.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { nameProblem, slugProblem, suggestSlug } from '../../../ui/names.ts';
import { useCreateWorkspace, useUpdateWorkspace } from '../hooks/useWorkspaceMutations.ts';
import { FormActions } from '../../../ui/FormActions.tsx';

/** The workspace being edited; none to create one. */
interface EditedWorkspace {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly description: string;
}

interface WorkspaceFormDialogProps {
  readonly workspace?: EditedWorkspace;
  readonly onClose: () => void;
  /** After an edit, with a sentence saying what happened. (A new workspace opens its own page.) */
  readonly onSaved?: (message: string) => void;
}

/**
 * Creates a workspace (name, an optional slug made from the name when left empty, a description)
 * and opens its page; or edits one, where the slug is required.
 */
export function WorkspaceFormDialog({ workspace, onClose, onSaved }: WorkspaceFormDialogProps) {
  const navigate = useNavigate();
  const [create] = useCreateWorkspace();
  const [update] = useUpdateWorkspace();
  const editing = Boolean(workspace);
  const form = useForm({
    initialValues: {
      name: workspace?.name ?? '',
      slug: workspace?.slug ?? '',
      description: workspace?.description ?? '',
    },
    validate: (values) => ({
      name: nameProblem(values.name, 'workspace'),
      slug: slugProblem(values.slug, { optional: !editing }),
      description:
        values.description.trim().length > WORKSPACE_DESCRIPTION_MAX_LENGTH
          ? `Use at most ${WORKSPACE_DESCRIPTION_MAX_LENGTH} characters.`
          : undefined,
    }),
    onSubmit: async (values) => {
      const name = values.name.trim();
      const slug = values.slug.trim().toLowerCase();
      const description = values.description.trim();
      if (workspace) {
        await update({
          variables: { input: { workspaceId: workspace.id, name, slug, description } },
        });
        onSaved?.(`The workspace is saved as “${name}”.`);
        onClose();
        return;
      }
      const { data } = await create({
        variables: { input: { name, description, ...(slug ? { slug } : {}) } },
      });
      const created = data?.createWorkspace?.workspace;
      if (!created) return;
      onClose();
      navigate(`/workspaces/${created.id}`, {
        state: { notice: `The workspace “${created.name}” is created, with the slug ${created.slug}.` },
      });
    },
  });
  const suggested = suggestSlug(form.values.name);

  return (
    <Dialog
      title={editing ? 'Edit workspace' : 'New workspace'}
      description={editing ? undefined : 'A workspace holds environments, such as development, staging and production.'}
      onClose={() => (form.submitting ? undefined : onClose())}
    >
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <TextField label="Name" autoComplete="off" data-autofocus maxLength={200} {...form.field('name')} />
        <TextField
          label={editing ? 'Slug' : 'Slug (optional)'}
          hint={
            editing
              ? 'Unique in this organization: lowercase letters, digits and dashes.'
              : suggested
                ? `Leave empty to use one made from the name: ${suggested}.`
                : 'Leave empty to make one from the name.'
          }
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={48}
          placeholder={editing ? undefined : suggested || undefined}
          {...form.field('slug')}
        />
        <TextAreaField
          label="Description (optional)"
          name="description"
          hint={`What the workspace is for, up to ${WORKSPACE_DESCRIPTION_MAX_LENGTH} characters.`}
          rows={3}
          value={form.values.description}
          error={form.errors.description}
          onChange={(event) => form.setValue('description', event.target.value)}
        />
        <FormError error={form.failure?.error} details={form.failure?.details} />
        <FormActions submitting={form.submitting} pendingLabel={editing ? 'Saving…' : 'Creating…'} onCancel={onClose}>
          {editing ? 'Save workspace' : 'Create workspace'}
        </FormActions>
      </form>
    </Dialog>
  );
}
