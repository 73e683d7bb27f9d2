using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Processing;

/// <summary>A flavor params definition of the simulated default conversion profile.</summary>
/// <param name="Id">Flavor params id (0 is the source).</param>
/// <param name="Name">Display name.</param>
/// <param name="Width">Output width.</param>
/// <param name="Height">Output height.</param>
/// <param name="VideoBitrate">Video bitrate, kbps.</param>
/// <param name="Tags">Tags, e.g. "source" or "mobile,web".</param>
internal sealed record FlavorParamsDef(int Id, string Name, int Width, int Height, int VideoBitrate, string Tags)
{
    /// <summary>Whether the params carry the tag (<c>assetParams::hasTag</c>), e.g. "source".</summary>
    public bool HasTag(string tag) => Tags.Split(',', StringSplitOptions.TrimEntries).Contains(tag, StringComparer.Ordinal);
}

/// <summary>
/// The flavor params the simulator knows: the source and four H.264 renditions of a typical default
/// conversion profile. Conversion creates one flavor per rendition for video (one for audio).
/// </summary>
internal static class FlavorCatalog
{
    /// <summary>The source flavor params id.</summary>
    public const int SourceId = 0;

    /// <summary>All known flavor params.</summary>
    public static readonly IReadOnlyList<FlavorParamsDef> All =
    [
        new(SourceId, "Source", 0, 0, 0, "source,web"),
        new(487041, "Basic/Small - WEB/MBL (H264/400)", 640, 360, 400, "mobile,web,mbr,iphone,iphonenew"),
        new(487051, "Basic/Small - WEB/MBL (H264/600)", 640, 360, 600, "mobile,web,mbr,iphone,iphonenew"),
        new(487061, "SD/Small - WEB/MBL (H264/900)", 640, 360, 900, "mobile,web,mbr,iphone,iphonenew,ipad,ipadnew"),
        new(487071, "SD/Large - WEB/MBL (H264/1500)", 1280, 720, 1500, "mobile,web,mbr,ipad,ipadnew"),
    ];

    /// <summary>The renditions conversion produces for a media type (video: all; audio: the smallest).</summary>
    public static IEnumerable<FlavorParamsDef> RenditionsFor(int? mediaType) => mediaType switch
    {
        1 => All.Where(p => p.Id != SourceId),
        5 => All.Where(p => p.Id == 487041),
        _ => [],
    };

    /// <summary>A flavor params by id.</summary>
    public static FlavorParamsDef? Find(long id) => All.FirstOrDefault(p => p.Id == id);

    /// <summary>The flavor params as KalturaFlavorParams.</summary>
    public static WireObject ToWire(FlavorParamsDef flavorParams, int partnerId) => new("KalturaFlavorParams")
    {
        ["id"] = (long)flavorParams.Id,
        ["partnerId"] = 0L,
        ["name"] = flavorParams.Name,
        ["systemName"] = flavorParams.Id == SourceId ? "Source" : null,
        ["description"] = "",
        ["createdAt"] = 1262304000L,
        ["isSystemDefault"] = 1L,
        ["tags"] = flavorParams.Tags,
        ["videoCodec"] = flavorParams.Id == SourceId ? "" : "h264",
        ["videoBitrate"] = (long)flavorParams.VideoBitrate,
        ["audioCodec"] = flavorParams.Id == SourceId ? "" : "aac",
        ["audioBitrate"] = flavorParams.Id == SourceId ? 0L : 64L,
        ["width"] = (long)flavorParams.Width,
        ["height"] = (long)flavorParams.Height,
        ["format"] = flavorParams.Id == SourceId ? "" : "mp4",
        ["twoPass"] = false,
    };
}
