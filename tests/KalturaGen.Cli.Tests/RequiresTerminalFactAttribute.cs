namespace KalturaGen.Cli.Tests;

/// <summary>A test that needs a terminal (tmux or util-linux script); skipped, with the reason, where neither exists.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresTerminalFactAttribute : FactAttribute
{
    public RequiresTerminalFactAttribute()
    {
        if (TerminalSession.Available == TerminalKind.None)
        {
            Skip = "Neither tmux nor script (util-linux) is installed: there is no terminal to run the CLI in.";
        }
    }
}
