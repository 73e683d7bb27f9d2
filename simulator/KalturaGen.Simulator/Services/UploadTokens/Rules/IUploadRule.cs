namespace KalturaGen.Simulator.Services.UploadTokens.Rules;

/// <summary>
/// One rule of <c>uploadToken.upload</c>: it checks the call (throwing the server's error) or records what the
/// server decides at that point. Rules run in the order <see cref="UploadRules"/> lists them.
/// </summary>
internal interface IUploadRule
{
    /// <summary>Applies the rule to the call.</summary>
    void Apply(UploadChunk chunk);
}
