using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Rules;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.UploadTokens;

/// <summary>The <c>uploadToken</c> service (reference §4). upload lives in <see cref="UploadAction"/>.</summary>
internal static class UploadTokenService
{
    /// <summary>Registers the actions.</summary>
    public static void Map(ActionRegistry registry) => registry
        .Add("uploadtoken", "add", Add)
        .Add("uploadtoken", "get", Get)
        .Add("uploadtoken", "delete", Delete)
        .Add("uploadtoken", "list", UploadTokenList.List)
        .AddSelfLocking("uploadtoken", "upload", UploadAction.UploadAsync);

    /// <summary>
    /// uploadToken.add: read-only properties may not be set; autoFinalize needs fileSize. The token
    /// starts PENDING, owned by the KS user, with no uploaded size.
    /// </summary>
    public static ValueTask<object?> Add(ActionContext context)
    {
        var input = context.Object("uploadToken") ?? new WireObject("KalturaUploadToken");
        InsertValidationRule.Check(context.Schema, input);
        var autoFinalize = input.GetBool("autoFinalize") == true;
        var fileSize = input.GetDouble("fileSize");
        if (autoFinalize && (fileSize is null || fileSize == 0))
        {
            throw new ApiException("UPLOAD_TOKEN_MISSING_FILE_SIZE");
        }

        var token = new UploadTokenRecord
        {
            Id = NewId(context),
            Sequence = context.State.NextSequence(),
            PartnerId = context.PartnerId,
            UserId = context.Session.UserId,
            FileName = input.GetString("fileName"),
            FileSize = fileSize,
            AutoFinalize = autoFinalize,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        };
        context.State.Tokens[token.Id] = token;
        return ValueTask.FromResult<object?>(UploadTokenMapper.ToWire(token));
    }

    /// <summary>uploadToken.get: deleted tokens, other partners' and (for a USER KS) other users' tokens are not found.</summary>
    public static ValueTask<object?> Get(ActionContext context) =>
        ValueTask.FromResult<object?>(UploadTokenMapper.ToWire(Require(context, context.String("uploadTokenId"))));

    /// <summary>uploadToken.delete: any status may be deleted; the token disappears from every action.</summary>
    public static ValueTask<object?> Delete(ActionContext context)
    {
        var token = Require(context, context.String("uploadTokenId"));
        token.Status = UploadTokenStatus.Deleted;
        token.UpdatedAt = context.Now;
        token.File?.Delete();
        return ValueTask.FromResult<object?>(null);
    }

    /// <summary>The visible token, or UPLOAD_TOKEN_NOT_FOUND.</summary>
    public static UploadTokenRecord Require(ActionContext context, string? id) =>
        context.FindToken(id) ?? throw new ApiException("UPLOAD_TOKEN_NOT_FOUND");

    private static string NewId(ActionContext context)
    {
        string id;
        do
        {
            id = context.State.Ids.UploadTokenId();
        }
        while (context.State.Tokens.ContainsKey(id));

        return id;
    }
}
