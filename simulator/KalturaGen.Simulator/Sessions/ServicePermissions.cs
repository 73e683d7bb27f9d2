using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Schema;

namespace KalturaGen.Simulator.Sessions;

/// <summary>
/// Dispatch step 10 (<c>initService</c>): the partner must be known, the KS must belong to it, and
/// the session's role must allow the action. A widget session may only read.
/// </summary>
internal static class ServicePermissions
{
    private static readonly HashSet<string> ReadActions = new(StringComparer.OrdinalIgnoreCase)
    {
        "get", "list", "count", "getbyids", "listbyreferenceid", "serve", "geturl", "serveByFlavorParamsId",
        "getFlavorAssetsWithParams",
    };

    // Moderation (deployment/permissions/service.baseentry.ini, service.media.ini): flag is granted to
    // WIDGET_SESSION_PERMISSION too; approve and reject need CONTENT_MODERATE_APPROVE_REJECT and listFlags
    // CONTENT_MODERATE_BASE, permissions of the partner's admin role only.
    private static readonly HashSet<string> WidgetWriteActions = new(StringComparer.OrdinalIgnoreCase) { "flag" };

    private static readonly HashSet<string> AdminRoleActions = new(StringComparer.OrdinalIgnoreCase)
    {
        "baseentry.approve", "baseentry.reject", "baseentry.listflags", "media.approve", "media.reject", "media.listflags",
    };

    /// <summary>Throws MISSING_KS or SERVICE_FORBIDDEN when the call is not allowed.</summary>
    public static void Check(SessionContext session, ActionDef action, string serviceId, string actionName, string? partnerIdParam)
    {
        if (action.Session == SessionRequirement.None)
        {
            return;
        }

        var forbidden = new ApiException("SERVICE_FORBIDDEN", $"{serviceId}->{actionName}");
        if (session.Partner is null)
        {
            if (action.Session == SessionRequirement.Optional)
            {
                return;
            }

            throw new ApiException("MISSING_KS");
        }

        // Impersonating another partner needs a partner group the simulator does not model.
        if (session.Info is not null && int.TryParse(partnerIdParam, out var requested) && requested != session.PartnerId && requested != 0)
        {
            throw forbidden;
        }

        if (session.Info is null)
        {
            if (action.Session == SessionRequirement.Always)
            {
                throw forbidden;
            }

            return;
        }

        if (session.IsWidget && !ReadActions.Contains(actionName) && !WidgetWriteActions.Contains(actionName))
        {
            throw forbidden;
        }

        if (!session.IsAdmin && AdminRoleActions.Contains($"{serviceId}.{actionName}"))
        {
            throw forbidden;
        }
    }
}
