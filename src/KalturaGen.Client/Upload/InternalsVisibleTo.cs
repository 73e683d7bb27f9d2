using System.Runtime.CompilerServices;

// The engine's planning pieces (byte-range bookkeeping, retry classification) are unit-tested directly.
[assembly: InternalsVisibleTo("KalturaGen.Upload.Tests")]
