"""The policy dialogs: loading a policy file, About."""
