/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment LeadFields on Lead {\n  id\n  vendor\n  nativeId\n  externalId\n  firstName\n  lastName\n  email\n  phone\n  secondaryPhone\n  company\n  jobTitle\n  source\n  score\n  tags\n  address {\n    street\n    city\n    state\n    postalCode\n    country\n  }\n  customFields {\n    key\n    label\n    type\n    value\n    values\n  }\n  createdAt\n  updatedAt\n}\n\nquery Vendors {\n  vendors {\n    id\n    name\n    configured\n    capabilities\n    readableFields\n    writableFields\n  }\n}\n\nmutation CreateLead($input: LeadInput!, $targets: [Vendor!], $options: CreateLeadOptions, $idempotencyKey: String) {\n  createLead(\n    input: $input\n    targets: $targets\n    options: $options\n    idempotencyKey: $idempotencyKey\n  ) {\n    ok\n    replayed\n    lead {\n      ...LeadFields\n    }\n    deliveries {\n      vendor\n      status\n      nativeId\n      message\n      details\n      fieldErrors {\n        field\n        message\n      }\n      error {\n        code\n        message\n        vendorCode\n        retryAfterSeconds\n      }\n      lead {\n        id\n      }\n    }\n  }\n}\n\nquery Lead($id: ID!, $fresh: Boolean = false) {\n  lead(id: $id, fresh: $fresh) {\n    ...LeadFields\n  }\n}\n\nquery Leads($first: Int = 20, $after: String, $filter: LeadFilter, $fresh: Boolean = false) {\n  leads(first: $first, after: $after, filter: $filter, fresh: $fresh) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...LeadFields\n      }\n    }\n  }\n}": typeof types.LeadFieldsFragmentDoc,
};
const documents: Documents = {
    "fragment LeadFields on Lead {\n  id\n  vendor\n  nativeId\n  externalId\n  firstName\n  lastName\n  email\n  phone\n  secondaryPhone\n  company\n  jobTitle\n  source\n  score\n  tags\n  address {\n    street\n    city\n    state\n    postalCode\n    country\n  }\n  customFields {\n    key\n    label\n    type\n    value\n    values\n  }\n  createdAt\n  updatedAt\n}\n\nquery Vendors {\n  vendors {\n    id\n    name\n    configured\n    capabilities\n    readableFields\n    writableFields\n  }\n}\n\nmutation CreateLead($input: LeadInput!, $targets: [Vendor!], $options: CreateLeadOptions, $idempotencyKey: String) {\n  createLead(\n    input: $input\n    targets: $targets\n    options: $options\n    idempotencyKey: $idempotencyKey\n  ) {\n    ok\n    replayed\n    lead {\n      ...LeadFields\n    }\n    deliveries {\n      vendor\n      status\n      nativeId\n      message\n      details\n      fieldErrors {\n        field\n        message\n      }\n      error {\n        code\n        message\n        vendorCode\n        retryAfterSeconds\n      }\n      lead {\n        id\n      }\n    }\n  }\n}\n\nquery Lead($id: ID!, $fresh: Boolean = false) {\n  lead(id: $id, fresh: $fresh) {\n    ...LeadFields\n  }\n}\n\nquery Leads($first: Int = 20, $after: String, $filter: LeadFilter, $fresh: Boolean = false) {\n  leads(first: $first, after: $after, filter: $filter, fresh: $fresh) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...LeadFields\n      }\n    }\n  }\n}": types.LeadFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LeadFields on Lead {\n  id\n  vendor\n  nativeId\n  externalId\n  firstName\n  lastName\n  email\n  phone\n  secondaryPhone\n  company\n  jobTitle\n  source\n  score\n  tags\n  address {\n    street\n    city\n    state\n    postalCode\n    country\n  }\n  customFields {\n    key\n    label\n    type\n    value\n    values\n  }\n  createdAt\n  updatedAt\n}\n\nquery Vendors {\n  vendors {\n    id\n    name\n    configured\n    capabilities\n    readableFields\n    writableFields\n  }\n}\n\nmutation CreateLead($input: LeadInput!, $targets: [Vendor!], $options: CreateLeadOptions, $idempotencyKey: String) {\n  createLead(\n    input: $input\n    targets: $targets\n    options: $options\n    idempotencyKey: $idempotencyKey\n  ) {\n    ok\n    replayed\n    lead {\n      ...LeadFields\n    }\n    deliveries {\n      vendor\n      status\n      nativeId\n      message\n      details\n      fieldErrors {\n        field\n        message\n      }\n      error {\n        code\n        message\n        vendorCode\n        retryAfterSeconds\n      }\n      lead {\n        id\n      }\n    }\n  }\n}\n\nquery Lead($id: ID!, $fresh: Boolean = false) {\n  lead(id: $id, fresh: $fresh) {\n    ...LeadFields\n  }\n}\n\nquery Leads($first: Int = 20, $after: String, $filter: LeadFilter, $fresh: Boolean = false) {\n  leads(first: $first, after: $after, filter: $filter, fresh: $fresh) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...LeadFields\n      }\n    }\n  }\n}"): (typeof documents)["fragment LeadFields on Lead {\n  id\n  vendor\n  nativeId\n  externalId\n  firstName\n  lastName\n  email\n  phone\n  secondaryPhone\n  company\n  jobTitle\n  source\n  score\n  tags\n  address {\n    street\n    city\n    state\n    postalCode\n    country\n  }\n  customFields {\n    key\n    label\n    type\n    value\n    values\n  }\n  createdAt\n  updatedAt\n}\n\nquery Vendors {\n  vendors {\n    id\n    name\n    configured\n    capabilities\n    readableFields\n    writableFields\n  }\n}\n\nmutation CreateLead($input: LeadInput!, $targets: [Vendor!], $options: CreateLeadOptions, $idempotencyKey: String) {\n  createLead(\n    input: $input\n    targets: $targets\n    options: $options\n    idempotencyKey: $idempotencyKey\n  ) {\n    ok\n    replayed\n    lead {\n      ...LeadFields\n    }\n    deliveries {\n      vendor\n      status\n      nativeId\n      message\n      details\n      fieldErrors {\n        field\n        message\n      }\n      error {\n        code\n        message\n        vendorCode\n        retryAfterSeconds\n      }\n      lead {\n        id\n      }\n    }\n  }\n}\n\nquery Lead($id: ID!, $fresh: Boolean = false) {\n  lead(id: $id, fresh: $fresh) {\n    ...LeadFields\n  }\n}\n\nquery Leads($first: Int = 20, $after: String, $filter: LeadFilter, $fresh: Boolean = false) {\n  leads(first: $first, after: $after, filter: $filter, fresh: $fresh) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...LeadFields\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;