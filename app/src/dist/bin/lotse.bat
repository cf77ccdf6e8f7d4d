@echo off
rem Lotse launcher: finds a JDK 25 (JAVA_HOME, else the usual install folders).
rem Without arguments the window opens; with a subcommand (lotse --help) it runs on the command line.
setlocal
set "APP_HOME=%~dp0.."
set "JAVA="
rem JAVA_HOME counts only when its release file names Java 25 or later
if defined JAVA_HOME if exist "%JAVA_HOME%\release" (
  findstr /r /c:"^JAVA_VERSION=\"2[5-9]" /c:"^JAVA_VERSION=\"[3-9][0-9]" "%JAVA_HOME%\release" >nul 2>&1 && set "JAVA=%JAVA_HOME%\bin\java.exe"
)
if not defined JAVA (
  for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\jdk-25*" "%ProgramFiles%\Java\jdk-25*" "%ProgramFiles%\Microsoft\jdk-25*" "%ProgramFiles%\Zulu\zulu-25*" "%LOCALAPPDATA%\Programs\Eclipse Adoptium\jdk-25*") do (
    if exist "%%~D\bin\java.exe" set "JAVA=%%~D\bin\java.exe"
  )
)
if not defined JAVA (
  echo Lotse braucht Java 25 ^(JDK 25^): bitte installieren oder JAVA_HOME setzen. / Lotse needs Java 25: install it or set JAVA_HOME. 1>&2
  exit /b 1
)

rem Ahead-of-time cache (JDK 25): the classes of a window start, kept in the user's cache folder,
rem make later starts about twice as fast. A start without arguments records them when there is
rem no cache yet (its exit then takes some seconds more); each version of Lotse has its own.
set "AOT_DIR=%LOCALAPPDATA%\Lotse\cache"
if not exist "%AOT_DIR%" mkdir "%AOT_DIR%" 2>nul
set "AOT_FILE=%AOT_DIR%\lotse-${project.version}.aot"
set "AOT_OPTION="
if exist "%AOT_DIR%" (
  if exist "%AOT_FILE%" (
    set "AOT_OPTION=-XX:AOTCache=%AOT_FILE%"
  ) else if "%~1"=="" (
    set "AOT_OPTION=-XX:AOTCacheOutput=%AOT_FILE%"
  )
)
rem the cache path is quoted on its own: user folders often hold spaces ("C:\Users\Max Mustermann")
if defined AOT_OPTION (
  "%JAVA%" "%AOT_OPTION%" -Xlog:cds*=off -Xlog:aot*=off %LOTSE_JAVA_OPTS% --module-path "%APP_HOME%\lib\fx" ${lotse.jvm.flags} -cp "%APP_HOME%\lib\*" de.lotse.app.launch.Main %*
) else (
  "%JAVA%" %LOTSE_JAVA_OPTS% --module-path "%APP_HOME%\lib\fx" ${lotse.jvm.flags} -cp "%APP_HOME%\lib\*" de.lotse.app.launch.Main %*
)
exit /b %ERRORLEVEL%
