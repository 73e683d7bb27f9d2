namespace KalturaGen.Cli;

/// <summary>Wrong command-line input; its message is the one line printed.</summary>
internal sealed class CliInputException(string message) : Exception(message);
