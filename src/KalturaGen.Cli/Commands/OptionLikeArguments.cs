using System.CommandLine;

namespace KalturaGen.Cli.Commands;

/// <summary>
/// Keeps a mistyped option (<c>--paralel 3</c>) from being taken as a file name or token: System.CommandLine binds any
/// token it does not know to an argument that still has room, so an argument value that starts with <c>--</c> is a
/// parse error here. A file with such a name is still reachable as <c>./--name</c>.
/// </summary>
internal static class OptionLikeArguments
{
    public static Argument<T> RejectOptionLike<T>(this Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith("--", StringComparison.Ordinal) && token.Value.Length > 2)
                {
                    result.AddError($"Unrecognized option '{token.Value}'; see the options below.");
                }
            }
        });
        return argument;
    }
}
