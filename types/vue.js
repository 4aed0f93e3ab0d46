// Types-only entry (see vue.d.ts): importing it at run time does nothing.
export {};
