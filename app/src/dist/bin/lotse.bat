@echo off
rem Lotse launcher: finds a JDK 25 (JAVA_HOME, else the usual install folders, else java on the PATH).
rem Without arguments the window opens; with a subcommand (lotse --help) it runs on the command line.
setlocal EnableDelayedExpansion
set "APP_HOME=%~dp0.."
set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA (
  for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\jdk-25*" "%ProgramFiles%\Java\jdk-25*" "%ProgramFiles%\Microsoft\jdk-25*" "%ProgramFiles%\Zulu\zulu-25*" "%LOCALAPPDATA%\Programs\Eclipse Adoptium\jdk-25*") do (
    if exist "%%~D\bin\java.exe" set "JAVA=%%~D\bin\java.exe"
  )
)
if not defined JAVA set "JAVA=java"

rem Class data sharing: an archive of the loaded classes in the user's cache makes later starts faster.
set "CDS_DIR=%LOCALAPPDATA%\Lotse\cache"
if not exist "%CDS_DIR%" mkdir "%CDS_DIR%" 2>nul
set "CDS_OPTS="
if exist "%CDS_DIR%" set "CDS_OPTS=-XX:SharedArchiveFile=%CDS_DIR%\lotse-${project.version}.jsa -XX:+AutoCreateSharedArchive -Xlog:cds*=off -Xlog:aot*=off"

"%JAVA%" %CDS_OPTS% %LOTSE_JAVA_OPTS% --module-path "%APP_HOME%\lib\fx" ${lotse.jvm.flags} -cp "%APP_HOME%\lib\*" de.lotse.app.Main %*
exit /b %ERRORLEVEL%
