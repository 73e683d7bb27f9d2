using System.Runtime.CompilerServices;

// The CLI's parsing and display pieces are unit-tested directly; the commands are tested as a process.
[assembly: InternalsVisibleTo("KalturaGen.Cli.Tests")]
