using System.Runtime.CompilerServices;

// The simulator's own tests check internal units (rule classes, the KS codec, state and storage after a request).
[assembly: InternalsVisibleTo("KalturaGen.Simulator.Tests")]
