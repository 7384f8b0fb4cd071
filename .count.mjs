import { readFileSync } from "node:fs";
import { buildSchema, isObjectType, isInterfaceType, isInputObjectType, isEnumType, isScalarType, isUnionType } from "graphql";
const s = buildSchema(readFileSync(process.argv[2], "utf8"));
const miss = { type: [], field: [], arg: [], input: [], enum: [] }; const tot = { type: 0, field: 0, arg: 0, input: 0, enum: 0 };
for (const t of Object.values(s.getTypeMap())) {
  if (t.name.startsWith("__")) continue;
  if (isScalarType(t) && ["String","Int","Float","Boolean","ID"].includes(t.name)) continue;
  tot.type++; if (!t.description) miss.type.push(t.name);
  if (isObjectType(t) || isInterfaceType(t)) for (const f of Object.values(t.getFields())) {
    tot.field++; if (!f.description) miss.field.push(`${t.name}.${f.name}`);
    for (const a of f.args) { tot.arg++; if (!a.description) miss.arg.push(`${t.name}.${f.name}(${a.name})`); }
  }
  if (isInputObjectType(t)) for (const f of Object.values(t.getFields())) { tot.input++; if (!f.description) miss.input.push(`${t.name}.${f.name}`); }
  if (isEnumType(t)) for (const v of t.getValues()) { tot.enum++; if (!v.description) miss.enum.push(`${t.name}.${v.name}`); }
}
for (const k of Object.keys(tot)) console.log(k, miss[k].length, "/", tot[k]);
if (process.argv[3]) for (const k of Object.keys(tot)) console.log(k + ":\n  " + miss[k].join("\n  "));
