using KalturaGen.Simulator.Dispatch;
using KalturaGen.Simulator.Errors;
using KalturaGen.Simulator.Wire;

namespace KalturaGen.Simulator.Rules;

/// <summary>
/// Admin-only entry properties: a USER KS may not set adminTags (without the editadmintags
/// privilege), unknown categories, startDate or endDate (PROPERTY_VALIDATION_ADMIN_PROPERTY).
/// </summary>
internal static class AdminPropertyRule
{
    /// <summary>Throws when a user session sets an admin-only property.</summary>
    public static void Check(ActionContext context, WireObject input)
    {
        if (context.Session.IsAdmin)
        {
            return;
        }

        if (input.HasValue("adminTags") && !context.Session.HasPrivilege("editadmintags", "*"))
        {
            throw new ApiException("PROPERTY_VALIDATION_ADMIN_PROPERTY", $"{input.ClassName}::adminTags");
        }

        // Only an admin session may name a category that does not exist yet (the server creates it then);
        // the simulator keeps no categories, so every named category is unknown.
        if (!string.IsNullOrEmpty(input.GetString("categories")))
        {
            throw new ApiException("PROPERTY_VALIDATION_ADMIN_PROPERTY", $"{input.ClassName}::categories");
        }

        foreach (var name in new[] { "startDate", "endDate" })
        {
            if (input.HasValue(name))
            {
                throw new ApiException("PROPERTY_VALIDATION_ADMIN_PROPERTY", $"{input.ClassName}::{name}");
            }
        }
    }
}
