using System.Collections;
using System.Reflection;
using KalturaGen.Runtime;

namespace KalturaGen.Generator.Tests.Refit;

/// <summary>
/// Deterministic argument values for a Refit method of a generated SDK: the parameters object with every property
/// set (so every parameter writer runs), a small file per file part. The same calls give the same values, so the two
/// implementations can be compared byte for byte.
/// </summary>
internal static class SampleArguments
{
    public static object?[] For(MethodInfo method, Assembly sdk) =>
        method.GetParameters().Select(p => p.ParameterType == typeof(CancellationToken) ? CancellationToken.None : Value(p.ParameterType, p.Name!, sdk, 0)).ToArray();

    private static object? Value(Type type, string name, Assembly sdk, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(KalturaFile))
        {
            return KalturaFile.FromBytes("guardrail file bytes"u8.ToArray(), name + ".bin", "video/mp4");
        }

        if (type == typeof(string))
        {
            return "v-" + name;
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(double))
        {
            return Convert.ChangeType(7, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.Length > 0 ? values.GetValue(values.Length - 1) : Activator.CreateInstance(type);
        }

        if (type.IsValueType)
        {
            // A string enum: its first known value.
            var known = type.GetProperties(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(p => p.PropertyType == type);
            return known?.GetValue(null) ?? Activator.CreateInstance(type);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IList<>))
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type.GetGenericArguments()))!;
            if (depth < 2 && Value(type.GetGenericArguments()[0], name, sdk, depth + 1) is { } item)
            {
                list.Add(item);
            }

            return list;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDictionary<,>))
        {
            var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(type.GetGenericArguments()))!;
            if (depth < 2 && Value(type.GetGenericArguments()[1], name, sdk, depth + 1) is { } item)
            {
                map.Add("k", item);
            }

            return map;
        }

        var concrete = type.IsAbstract ? sdk.GetTypes().First(t => !t.IsAbstract && type.IsAssignableFrom(t)) : type;
        var instance = Activator.CreateInstance(concrete)!;
        if (depth < 2)
        {
            foreach (var property in concrete.GetProperties().Where(p => p.CanWrite && p.SetMethod!.IsPublic))
            {
                property.SetValue(instance, Value(property.PropertyType, property.Name, sdk, depth + 1));
            }
        }

        return instance;
    }
}
