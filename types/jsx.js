// Types-only entry (see jsx.d.ts): importing it at run time does nothing.
export {};
