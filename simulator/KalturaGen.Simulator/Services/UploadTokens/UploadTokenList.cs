using System.Globalization;
using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Rules;
using KalturaGen.Simulator.State;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Services.UploadTokens;

/// <summary>
/// uploadToken.list (reference §4.6): filters idEqual, idIn, userIdEqual, statusEqual, statusIn,
/// fileNameEqual, fileSizeEqual; orderBy ±createdAt; deleted tokens never listed; a USER KS lists its own.
/// fileNameEqual without a status filter means statusIn=0,1,2; with statusEqual=1 it also requires
/// an update within the last 7 days.
/// </summary>
internal static class UploadTokenList
{
    /// <summary>Lists tokens.</summary>
    public static ValueTask<object?> List(ActionContext context)
    {
        var filter = context.Object("filter");
        var tokens = context.State.Tokens.Values.Where(t => Lookups.IsVisible(context, t));
        if (filter is not null)
        {
            tokens = Apply(filter, tokens, context.Now);
        }

        var ordered = (filter?.GetString("orderBy") ?? "") switch
        {
            "+createdAt" => tokens.OrderBy(t => t.CreatedAt).ThenBy(t => t.Sequence),
            "-createdAt" => tokens.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
            _ => tokens.OrderBy(t => t.Sequence),
        };
        var all = ordered.ToList();
        var page = PagerRule.Page(all, PagerRule.Resolve(context.Object("pager")));
        var response = new WireObject("KalturaUploadTokenListResponse")
        {
            ["objects"] = page.Select(UploadTokenMapper.ToWire).ToList(),
            ["totalCount"] = (long)all.Count,
        };
        return ValueTask.FromResult<object?>(response);
    }

    private static IEnumerable<UploadTokenRecord> Apply(WireObject filter, IEnumerable<UploadTokenRecord> tokens, long now)
    {
        if (filter.GetString("idEqual") is { } id)
        {
            tokens = tokens.Where(t => t.Id == id);
        }

        if (filter.GetString("idIn") is { } ids)
        {
            var set = Split(ids).ToHashSet(StringComparer.Ordinal);
            tokens = tokens.Where(t => set.Contains(t.Id));
        }

        if (filter.GetString("userIdEqual") is { } userId)
        {
            tokens = tokens.Where(t => t.UserId == userId);
        }

        var statusEqual = filter.GetLong("statusEqual");
        var statusIn = filter.GetString("statusIn");
        if (filter.GetString("fileNameEqual") is { } fileName)
        {
            tokens = tokens.Where(t => t.FileName == fileName);
            if (statusEqual is null && statusIn is null)
            {
                statusIn = "0,1,2";
            }
            else if (statusEqual == UploadTokenStatus.PartialUpload)
            {
                tokens = tokens.Where(t => t.UpdatedAt >= now - UploadTokenRecord.MaxResumeSeconds);
            }
        }

        if (statusEqual is { } status)
        {
            tokens = tokens.Where(t => t.Status == status);
        }

        if (statusIn is not null)
        {
            var set = Split(statusIn).Select(s => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : long.MinValue).ToHashSet();
            tokens = tokens.Where(t => set.Contains(t.Status));
        }

        if (filter.GetDouble("fileSizeEqual") is { } size)
        {
            tokens = tokens.Where(t => t.FileSize == size);
        }

        return tokens;
    }

    private static IEnumerable<string> Split(string list) => list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
