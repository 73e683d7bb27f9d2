using KalturaGen.Generator.Diagnostics;
using KalturaGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace KalturaGen.Generator.Emitting;

/// <summary>Routes each output item to the emitter of its kind.</summary>
internal static class OutputEmitter
{
    /// <summary>Emits one file; an emitter bug becomes a KGEN999 diagnostic naming the file instead of a failed generator.</summary>
    public static void AddSource(SourceProductionContext context, OutputItem item)
    {
        string source;
        try
        {
            source = Emit(item);
        }
        catch (System.Exception exception)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InternalError,
                Location.None,
                $"{item.HintName}: {exception.GetType().Name}: {exception.Message}"));
            return;
        }

        context.AddSource(item.HintName, source);
    }

    public static string Emit(OutputItem item) => item switch
    {
        EnumOutput { Enum.IsString: true } e => StringEnumEmitter.Emit(e),
        EnumOutput e => EnumEmitter.Emit(e),
        ModelOutput m => ModelEmitter.Emit(m),
        ServiceInterfaceOutput s => ServiceInterfaceEmitter.Emit(s),
        ServiceOutput s => ServiceEmitter.Emit(s),
        ListAllOutput s => ListAllEmitter.Emit(s),
        RefitInterfaceOutput s => RefitInterfaceEmitter.Emit(s),
        RefitImplementationOutput s => RefitImplementationEmitter.Emit(s),
        ParametersOutput s => ParametersEmitter.Emit(s),
        MultiRequestCallsOutput c => MultiRequestCallsEmitter.Emit(c),
        RootOutput { RootKind: RootOutput.Client } r => ClientEmitter.Emit(r),
        RootOutput { RootKind: RootOutput.MultiRequest } r => MultiRequestEmitter.Emit(r),
        RootOutput { RootKind: RootOutput.RefitRegistration } r => RefitRegistrationEmitter.Emit(r),
        RootOutput r => DependencyInjectionEmitter.Emit(r),
        JsonOutput j => JsonEmitter.Emit(j),
        _ => throw new System.ArgumentOutOfRangeException(nameof(item), item.GetType().Name),
    };
}
