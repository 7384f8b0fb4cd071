import { DateTimeResolver, EmailAddressResolver, JSONResolver, PhoneNumberResolver } from "graphql-scalars";

/** graphql-scalars, registered once so every type file uses the same instances. */
export const DateTime = DateTimeResolver;
export const EmailAddress = EmailAddressResolver;
export const JSON = JSONResolver;
export const PhoneNumber = PhoneNumberResolver;
