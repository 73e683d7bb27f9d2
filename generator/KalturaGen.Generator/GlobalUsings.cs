// The schema model (records, EquatableArray, TypeKind) is what every emitter reads.
global using KalturaGen.Schema;
