#!/usr/bin/env bash
# Times the whole-API build of WholeApiBuildBenchmarks without BenchmarkDotNet, which a loaded 2-core machine
# makes unreliable: the same import + consumer build (warm: --no-restore, the build server on), baseline and current
# alternating, ROUNDS rounds, wall and CPU time (user + sys of the whole process tree, /usr/bin/time).
# A third consumer, the floor, has the same references and the same import but no generator: what MSBuild, the
# import and the compiler cost with nothing generated to compile, which no change to the generated code can remove.
# The last two columns compare only what lies above that floor: (current - floor) / (baseline - floor).
# A fourth, the declarations, is a lower bound above the floor: the current generated files with every body taken out
# (KalturaGen.Benchmarks --declarations-only), compiled as plain sources after the same import: what any typed SDK
# with this surface must declare and the compiler must bind, with no behaviour at all (written once per WORK folder:
# delete its declarations/ after changing the generator).
#   tests/KalturaGen.Benchmarks/scripts/whole-api-build-times.sh [ROUNDS] [extra dotnet build arguments...]
# Needs: the CLI, generator, runtime and benchmarks built in Release; ../shared/fixtures/KalturaClient-3.1.1.xml; git.
# The build server is on (warm, as a developer builds), on a pipe of its own (-p:SharedCompilationId) so no other
# build shares it: the CPU time is the build's process tree plus what the server spent meanwhile (/proc), and the
# server is stopped at the end (this machine sets UseSharedCompilation=false in the environment; the script overrides it). SERVER=0 compiles in a child csc instead (-p:UseSharedCompilation=false).
# WORK (default: a new temp folder) keeps the consumers between runs; KEEP=1 does not delete it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
rounds=${1:-5}; shift || true
extra=("$@")
pipe=kalturagen-wholeapi-$$
if [ "${SERVER:-1}" = 0 ]; then extra+=(-p:UseSharedCompilation=false -nodeReuse:false); else extra+=(-p:UseSharedCompilation=true -p:SharedCompilationId=$pipe); fi
server_cpu() { # seconds of CPU the compiler server on our pipe has used so far
  local pid; pid=$(pgrep -f -- "-pipename:$pipe" | head -1 || true)
  [ -n "$pid" ] && awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$pid/stat" || echo 0
}
stop_server() { # VBCSCompiler -shutdown stops it and removes its pipe (nothing happens when it is not running)
  local dotnet_root; dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
  dotnet "$dotnet_root/sdk/$sdk_version/Roslyn/bincore/VBCSCompiler.dll" -shutdown "-pipename:$pipe" >/dev/null
}
trap stop_server EXIT
schema_xml=$root/../shared/fixtures/KalturaClient-3.1.1.xml
cli=$root/src/KalturaGen.Cli/bin/Release/net10.0/kalturagen.dll
work=${WORK:-$(mktemp -d -t kalturagen-wholeapi-times-XXXX)}
sdk_version=$(cd "$work" && dotnet --version) # the SDK that builds the consumers, whose compiler server this is
baseline_commit=cb63a8e532ba01c787a4efd2e67ee13e0c4fbbfc
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ ! -f "$work/baseline-generator/generator/KalturaGen.Generator/bin/Release/netstandard2.0/KalturaGen.Generator.dll" ]; then
  mkdir -p "$work/baseline-generator"
  git -C "$root" archive "$baseline_commit" generator Directory.Build.props Directory.Packages.props global.json | tar -x -C "$work/baseline-generator"
  dotnet build "$work/baseline-generator/generator/KalturaGen.Generator" -c Release -v:q -nologo >/dev/null
fi

consumer() { # name [generator-dll generator-props]; without a generator: the floor (or, given sources in src/, the declarations)
  local dir=$work/$1 generator=""
  mkdir -p "$dir"
  [ -n "${2:-}" ] && generator="<Import Project=\"$3\" /><ItemGroup><Analyzer Include=\"$2\" /><AdditionalFiles Include=\"api.kgen.json\" /></ItemGroup>"
  cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>Vpaas.Api</RootNamespace>
    <!-- The declarations: properties without bodies are not assigned, fields not read. -->
    <NoWarn>\$(NoWarn);CS8618;CS0649;CS0169</NoWarn>
  </PropertyGroup>
  $generator
  <ItemGroup>
    <ProjectReference Include="$root/src/KalturaGen.Runtime/KalturaGen.Runtime.csproj" />
  </ItemGroup>
</Project>
XML
  dotnet "$cli" schema import "$schema_xml" --out "$dir/api.kgen.json" >/dev/null
  dotnet restore "$dir" -v:q >/dev/null
}
consumer baseline "$work/baseline-generator/generator/KalturaGen.Generator/bin/Release/netstandard2.0/KalturaGen.Generator.dll" \
  "$work/baseline-generator/generator/KalturaGen.Generator/build/KalturaGen.Generator.props"
consumer current "$root/generator/KalturaGen.Generator/bin/Release/netstandard2.0/KalturaGen.Generator.dll" \
  "$root/generator/KalturaGen.Generator/build/KalturaGen.Generator.props"
consumer floor
consumer declarations
if [ ! -d "$work/declarations/src" ]; then
  dotnet build "$work/current" -c Release --no-restore --no-dependencies --no-incremental -p:EmitCompilerGeneratedFiles=true -v:q -nologo >/dev/null
  dotnet "$root/tests/KalturaGen.Benchmarks/bin/Release/net10.0/KalturaGen.Benchmarks.dll" --declarations-only \
    "$work/current/obj/Release/net10.0/generated" "$work/declarations/src" >/dev/null
fi

measure() { # name [build arguments...] -> "wall cpu"
  local dir=$work/$1 t=$work/time.txt before; shift
  before=$(server_cpu)
  /usr/bin/time -f '%e %U %S' -o "$t" bash -c "dotnet '$cli' schema import '$schema_xml' --out '$dir/api.kgen.json' >/dev/null &&
    dotnet build '$dir' -c Release --no-restore --no-dependencies --no-incremental -v:q -nologo $* > '$dir/build.log'" \
    || { cat "$dir/build.log"; exit 1; }
  grep -q ' 0 Warning(s)' "$dir/build.log" && grep -q ' 0 Error(s)' "$dir/build.log" || { cat "$dir/build.log"; exit 1; }
  awk -v s="$(awk "BEGIN { print $(server_cpu) - $before }")" '{ printf "%.2f %.2f", $1, $2 + $3 + s }' "$t"
}

for name in baseline current floor declarations; do measure "$name" "${extra[@]}" >/dev/null; done # warm-up
echo "round | baseline wall | baseline CPU | current wall | current CPU | floor wall | floor CPU | declarations wall | declarations CPU | wall ratio | CPU ratio | above-floor wall ratio | above-floor CPU ratio | floor / baseline wall | declarations / baseline wall | load"
ratio() { awk "BEGIN{printf \"%.2f\", ($1)/($2)}"; }
for round in $(seq 1 "$rounds"); do
  read -r bw bc <<<"$(measure baseline "${extra[@]}")"
  read -r cw cc <<<"$(measure current "${extra[@]}")"
  read -r fw fc <<<"$(measure floor "${extra[@]}")"
  read -r dw dc <<<"$(measure declarations "${extra[@]}")"
  echo "$round | $bw | $bc | $cw | $cc | $fw | $fc | $dw | $dc | $(ratio "$cw" "$bw") | $(ratio "$cc" "$bc") | $(ratio "$cw-$fw" "$bw-$fw") | $(ratio "$cc-$fc" "$bc-$fc") | $(ratio "$fw" "$bw") | $(ratio "$dw" "$bw") | $(cut -d' ' -f1 /proc/loadavg)"
done
[ "${KEEP:-}" = 1 ] || [ -n "${WORK:-}" ] || rm -rf "$work"
